/** The standalone host: Jetty and Jersey, the local issue store, users and sessions, demo data. */
package org.saleskpi.server;
