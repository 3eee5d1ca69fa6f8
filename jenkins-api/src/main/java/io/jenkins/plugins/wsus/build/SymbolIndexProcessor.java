package io.jenkins.plugins.wsus.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes {@code META-INF/services/annotations/org.jenkinsci.Symbol}, the index Jenkins' {@code
 * SymbolLookup} reads: UTF-8, one binary class name per line, sorted, newline-terminated. Jenkins
 * builds it with annotation-indexer, which is not on Maven Central.
 */
@SupportedAnnotationTypes(SymbolIndexProcessor.SYMBOL)
public final class SymbolIndexProcessor extends AbstractProcessor {
  static final String SYMBOL = "org.jenkinsci.Symbol";
  static final String INDEX = "META-INF/services/annotations/" + SYMBOL;

  private final Set<String> classNames = new TreeSet<>();

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement symbol = processingEnv.getElementUtils().getTypeElement(SYMBOL);
    if (symbol != null) {
      for (Element element : round.getElementsAnnotatedWith(symbol)) {
        if (element instanceof TypeElement type) {
          classNames.add(processingEnv.getElementUtils().getBinaryName(type).toString());
        }
      }
    }
    if (round.processingOver() && !classNames.isEmpty()) {
      write();
    }
    return false;
  }

  private void write() {
    try {
      FileObject file =
          processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "", INDEX);
      try (Writer out =
          new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        for (String name : classNames) {
          out.write(name);
          out.write('\n');
        }
      }
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "cannot write " + INDEX + ": " + e);
    }
  }
}
