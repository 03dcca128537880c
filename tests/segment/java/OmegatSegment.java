// Segments paragraphs with OmegaT's own Segmenter and the SRX rules it loads.
//
//   javac -cp OmegaT.jar -d OUT OmegatSegment.java
//   java -cp [RULES_DIR:]OUT:OmegaT.jar OmegatSegment INPUT
//
// INPUT is UTF-8, one paragraph per line: LANG TAB TEXT.  OmegaT 3.6 reads SRX
// (through JAXB) only as its bundled rules, the resource
// org/omegat/core/segmentation/defaultRules.srx: without RULES_DIR these are
// OmegaT's own; a RULES_DIR holding another file under that name, ahead of the
// jar on the class path, puts that file's rules in their place.
// Prints, for each paragraph, PARA TAB its number, then SEG TAB segment for each
// segment OmegaT returns (trimmed by OmegaT; empty ones included).

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.omegat.core.segmentation.SRX;
import org.omegat.core.segmentation.Segmenter;
import org.omegat.util.Language;

public class OmegatSegment {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Segmenter segmenter = new Segmenter();
        segmenter.setSRX(SRX.getDefault());
        int number = 0;
        for (String line : Files.readAllLines(Paths.get(args[0]), StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            Language lang = new Language(line.substring(0, tab));
            String text = line.substring(tab + 1);
            out.println("PARA\t" + number++);
            for (String s : segmenter.segment(lang, text, new ArrayList<>(), new ArrayList<>())) {
                out.println("SEG\t" + s);
            }
        }
    }
}
