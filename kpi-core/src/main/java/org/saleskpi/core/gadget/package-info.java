/**
 * Gadget datasets: one builder per dashboard gadget type (a folder each), turning an issue table
 * the host already filtered into a plain value a REST resource serialises as JSON.
 */
package org.saleskpi.core.gadget;
