/** How far long tasks have got: the port and its console line. */
package org.saleskpi.server.progress;
