export { formatDateTime, formatTime } from './paris-time';
