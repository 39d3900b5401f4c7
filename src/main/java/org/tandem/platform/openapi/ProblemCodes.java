package org.tandem.platform.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.tandem.platform.problem.ProblemCode;

/**
 * The problem codes an operation can answer beyond those every operation of its shape has (malformed
 * input, authentication, scope, validation, idempotency: {@link OperationContract} adds those). On a
 * resource method, or on its class for all of its methods. The document lists them per operation
 * ({@code x-tandem-problem-codes} and each error response's description), and the test suite fails
 * on any problem response whose code the operation does not declare.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface ProblemCodes {
    ProblemCode[] value();
}
