/** The {@code ariadne} command. */
package dev.ariadne.cli;
