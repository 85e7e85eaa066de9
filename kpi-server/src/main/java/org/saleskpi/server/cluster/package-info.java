/**
 * Several server nodes on one PostgreSQL (ADR 0041): the sequence of issue writes each node follows to keep its own
 * index in step ({@link org.saleskpi.server.cluster.ChangeSequence}, {@link org.saleskpi.server.cluster.ClusterFeed}),
 * and the lock that runs scheduled work on one node at a time ({@link org.saleskpi.server.cluster.ClusterLock}).
 */
package org.saleskpi.server.cluster;
