import { ContainerClient } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';

/**
 * The eTag to write with when nothing was stored under the key: "create it, unless someone else
 * just did". Without it a brand-new conversation is written unconditionally, and two first turns
 * arriving together (two instances, or a double-send) silently lose one.
 *
 * MemoryStorage and SqliteStorage already honour it as it is: an eTag on a missing key writes,
 * and no stored item ever carries this eTag, so a key that exists meanwhile is an eTag conflict.
 * Azure blobs answer 412 to any If-Match on a missing blob, so the blob store maps it to
 * If-None-Match: * (see `BlobsStorageWithCreateIfAbsent`).
 */
export const ifAbsentETag = 'changetalk:if-absent';

function conflict(key: string): Error {
  return new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}

/**
 * BlobsStorage, plus create-if-absent for items written with `ifAbsentETag` (If-None-Match: *). The blob
 * name and JSON body are the ones BlobsStorage itself uses, so it reads them back like any other item.
 */
export class BlobsStorageWithCreateIfAbsent extends BlobsStorage {
  private containerReady: Promise<unknown> | undefined;

  constructor(
    connectionString: string,
    containerName: string,
    private readonly container: ContainerClient = new ContainerClient(connectionString, containerName),
  ) {
    super(connectionString, containerName);
  }

  override async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes) as [string, StoreItem][];
    const others = Object.fromEntries(entries.filter(([, item]) => item.eTag !== ifAbsentETag));
    await Promise.all([
      ...entries.filter(([, item]) => item.eTag === ifAbsentETag).map(([key, item]) => this.create(key, item)),
      Object.keys(others).length > 0 ? super.write(others) : Promise.resolve(),
    ]);
  }

  private async create(key: string, item: StoreItem): Promise<void> {
    this.containerReady ??= this.container.createIfNotExists();
    await this.containerReady;
    const { eTag: _eTag, ...value } = item;
    const body = JSON.stringify(value);
    try {
      await this.container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      // 409 BlobAlreadyExists (or 412): someone created it first.
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw conflict(key);
      throw error;
    }
  }
}
