/**
 * Dashboard gadget types: each one a {@link org.saleskpi.core.gadget.Gadget} declaring its options as a schema
 * ({@link org.saleskpi.core.gadget.OptionSpec}), found by {@link org.saleskpi.core.gadget.Gadgets}, with a folder
 * per type holding its dataset builder, which turns an issue table the host already filtered into a plain value.
 */
package org.saleskpi.core.gadget;
