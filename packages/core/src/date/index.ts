// Public exports of this area; the package index re-exports this file.
export { isLocalDate } from './isLocalDate';
