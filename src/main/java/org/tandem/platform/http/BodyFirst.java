package org.tandem.platform.http;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a resource class or method: its JSON request bodies are read on the I/O thread, whole, before
 * the worker takes the request ({@link BodyBeforeWorker}). For the hot, small-bodied endpoints;
 * never on an upload, which must stream.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyFirst {
}
