/** The file input and output the engine and the store share: the seam through which their writes pass. */
package dev.ariadne.io;
