/**
 * A set opened from a learning platform: the same page as /sets/<id>, at an
 * address of its own so that the platforms registered for LTI may frame it
 * (proxy.ts). The launch itself travels in the address's fragment.
 */
export { default, generateMetadata, generateStaticParams } from '../../../sets/[setId]/page';

export const dynamicParams = false;
