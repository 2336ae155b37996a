/** The registers names are looked up in: children's services authorities over time, and the inspectorates. */
package org.ofstedkg.extract.register;
