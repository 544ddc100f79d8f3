package dev.ariadne.store;

/**
 * What the checkpoint record remembers of one tier file, to reopen and check it.
 *
 * @param index            its position among the tiers of its kind (0 = oldest)
 * @param capacity         the entries it was created for (it rolls over at that count)
 * @param averageValueSize the average value size it was created for
 * @param header           the fingerprint of its Chronicle header, taken at creation
 * @param length           its length in bytes at the checkpoint (a map file never shrinks)
 */
record TierInfo(int index, long capacity, double averageValueSize, MapHeader.Fingerprint header, long length) {
}
