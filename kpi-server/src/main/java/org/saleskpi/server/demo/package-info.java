/** Loading the generated demo project into the local store. */
package org.saleskpi.server.demo;
