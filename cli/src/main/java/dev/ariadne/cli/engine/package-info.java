/**
 * The engines the command can hand a check to besides its own (a distributed engine such as
 * the Spark module), found at run time through {@link java.util.ServiceLoader} so that the
 * command never depends on them at compile time: a user who never asks for one never builds,
 * downloads or starts it. The command stays the single writer of the reports.
 */
package dev.ariadne.cli.engine;
