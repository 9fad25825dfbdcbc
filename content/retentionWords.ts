/** How a retention period reads in a sentence: "30 days", "1 day". */
export function retentionWords(days: number): string {
  const whole = Math.round(days * 10) / 10;
  return whole === 1 ? '1 day' : `${whole} days`;
}
