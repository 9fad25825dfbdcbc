// The printable card's one button. Kept out of the page because the CSP allows no inline script.
(function () {
  'use strict';
  var button = document.getElementById('print-card');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
