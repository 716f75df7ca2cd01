// The download helpers live in components/download.ts (the popup offers a download too).
export { downloadText, exportFileName } from '@/components/download';
