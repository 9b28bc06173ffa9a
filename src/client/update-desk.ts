/**
 * The update desk's enhancement: shows the file chooser and the drop area, and on the first
 * file loads the checker (`./desk-run.ts`: the validator, the schemas and the rules, as the
 * build has them). This part stays tiny; nothing is fetched until a file is chosen.
 */
import { MAX_BYTES } from '../lib/desk/limits.ts';
import type { ChosenFile } from '../lib/desk/intake.ts';

const root = document.querySelector<HTMLElement>('[data-desk]');
if (root) enhance(root);

function enhance(root: HTMLElement): void {
  const drop = root.querySelector<HTMLElement>('[data-drop]')!;
  const input = root.querySelector<HTMLInputElement>('#desk-files')!;
  const status = root.querySelector<HTMLElement>('[data-status]')!;
  root.querySelector('[data-nojs]')?.setAttribute('hidden', '');
  drop.hidden = false;

  let running = Promise.resolve();
  const check = (list: FileList | null) => {
    if (!list || list.length === 0) return;
    const files = [...list];
    status.textContent = root.dataset.checking ?? '';
    delete root.dataset.error;
    running = running.then(async () => {
      try {
        // A file larger than the limit is never read: it is reported by its size.
        const chosen: ChosenFile[] = await Promise.all(
          files.map(async (f) => ({ name: f.name, size: f.size, ...(f.size <= MAX_BYTES ? { bytes: new Uint8Array(await f.arrayBuffer()) } : {}) })),
        );
        const { runDesk } = await import('./desk-run.ts');
        await runDesk(root, chosen);
      } catch (e) {
        status.textContent = root.dataset.failed ?? '';
        root.dataset.error = String(e);
        console.warn(e);
      }
    });
  };
  input.addEventListener('change', () => check(input.files));
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    check(e.dataTransfer?.files ?? null);
  });
}
