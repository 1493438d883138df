/**
 * unspin: sees through content farms. The front door is {@link org.unspin.Unspin}; the pipeline's
 * stages live in one package each.
 */
package org.unspin;
