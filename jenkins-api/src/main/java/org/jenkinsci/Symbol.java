package org.jenkinsci;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declaration of Jenkins' {@code org.jenkinsci.Symbol}. The build's own {@code
 * SymbolIndexProcessor} writes the index Jenkins reads, since annotation-indexer is not on Maven
 * Central.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE})
@Documented
public @interface Symbol {
  String[] value();
}
