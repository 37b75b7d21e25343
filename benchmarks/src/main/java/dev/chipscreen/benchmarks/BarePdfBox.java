package dev.chipscreen.benchmarks;

import java.io.File;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The cold-start floor: a JVM that only prints a PDF's text with PDFBox. Usage: BarePdfBox FILE.pdf. */
public final class BarePdfBox {

  private BarePdfBox() {
  }

  public static void main(String[] args) throws Exception {
    try (PDDocument document = Loader.loadPDF(new File(args[0]))) {
      System.out.print(new PDFTextStripper().getText(document));
    }
  }
}
