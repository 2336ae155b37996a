/** The readers of the 2008-2009 area reports: annual rating letters and joint area reviews. */
package org.ofstedkg.extract.area;
