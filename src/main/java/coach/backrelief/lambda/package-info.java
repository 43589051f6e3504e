/** The AWS Lambda entry point. */
package coach.backrelief.lambda;
