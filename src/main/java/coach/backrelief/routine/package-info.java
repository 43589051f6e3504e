/**
 * Guided stretch routines, pure Java: the stretch catalog, routines, and the routine state machine
 * ({@link coach.backrelief.routine.RoutineEngine}). Nothing here knows the ASK SDK or JSON.
 */
package coach.backrelief.routine;
