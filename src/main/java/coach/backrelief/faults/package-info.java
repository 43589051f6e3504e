/** Failures said in plain words for log lines: what kind of fault, never an exception class or a stack trace. */
package coach.backrelief.faults;
