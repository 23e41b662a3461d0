/**
 * The front door of the testimonials domain: what other domains may import from it; the rest is its own (README, "Layout").
 */
export type { TestimonialRecord } from './records.js';
export { positions, type TestimonialStore } from './store.js';
export { testimonialErasure } from './erasure.js';
