export { formatDate } from './paris-time';
