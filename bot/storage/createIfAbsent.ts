import type { ContainerClient } from '@azure/storage-blob';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';

/**
 * The eTag to write with when nothing was stored under the key: "create it, unless someone else
 * just did". Without it a brand-new conversation is written unconditionally, and two first turns
 * arriving together (two instances, or a double-send) silently lose one.
 *
 * MemoryStorage and SqliteStorage already honour it as it is: an eTag on a missing key writes,
 * and no stored item ever carries this eTag, so a key that exists meanwhile is an eTag conflict.
 * Azure blobs answer 412 to any If-Match on a missing blob, so the blob store maps it to
 * If-None-Match: * (see `withCreateIfAbsent`).
 */
export const ifAbsentETag = 'changetalk:if-absent';

function conflict(key: string): Error {
  return new Error(`Storage: error writing "${key}" due to eTag conflict.`);
}

/**
 * BlobsStorage, plus create-if-absent for items written with `ifAbsentETag`. The blob name and
 * JSON body are the ones BlobsStorage itself uses, so it reads them back like any other item.
 */
export function withCreateIfAbsent(blobs: Storage, container: ContainerClient): Storage {
  let containerReady: Promise<unknown> | undefined;
  const create = async (key: string, item: StoreItem): Promise<void> => {
    containerReady ??= container.createIfNotExists();
    await containerReady;
    const { eTag: _eTag, ...value } = item;
    const body = JSON.stringify(value);
    try {
      await container.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
      });
    } catch (error) {
      // 409 BlobAlreadyExists (or 412 from some emulators): someone created it first.
      const status = (error as { statusCode?: number }).statusCode;
      if (status === 409 || status === 412) throw conflict(key);
      throw error;
    }
  };
  return {
    read: (keys) => blobs.read(keys),
    delete: (keys) => blobs.delete(keys),
    write: async (changes: StoreItems) => {
      const entries = Object.entries(changes) as [string, StoreItem][];
      const creates = entries.filter(([, item]) => item.eTag === ifAbsentETag);
      const others = Object.fromEntries(entries.filter(([, item]) => item.eTag !== ifAbsentETag));
      await Promise.all([
        ...creates.map(([key, item]) => create(key, item)),
        Object.keys(others).length > 0 ? blobs.write(others) : Promise.resolve(),
      ]);
    },
  };
}
