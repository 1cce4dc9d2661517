// What a long catalog needs and a short one doesn't, fetched as one chunk the first time a
// catalog gets long (the virtualizer would otherwise fetch its default layout in a second trip).
export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
