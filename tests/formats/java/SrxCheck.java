// Loads an SRX file with OmegaT's own SRX reader and segments a text with it.
//
//   java -cp DIR:OmegaT.jar SrxCheck.java LANG TEXT
//
// OmegaT 3.6 reads SRX (through JAXB) only for its bundled rules, the resource
// org/omegat/core/segmentation/defaultRules.srx; DIR holds the file to check under
// that name, ahead of the jar on the class path, so SRX.getDefault() reads it.
// Prints MAPS TAB the number of language maps, RULES TAB the number of rules for
// LANG, then SEG TAB segment for each segment of TEXT.

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.omegat.core.segmentation.Rule;
import org.omegat.core.segmentation.SRX;
import org.omegat.core.segmentation.Segmenter;
import org.omegat.util.Language;

public class SrxCheck {
    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        SRX srx = SRX.getDefault();
        Language lang = new Language(args[0]);
        List<Rule> rules = srx.lookupRulesForLanguage(lang);
        out.println("MAPS\t" + srx.getMappingRules().size());
        out.println("RULES\t" + rules.size());
        Segmenter segmenter = new Segmenter();
        segmenter.setSRX(srx);
        for (String s : segmenter.segment(lang, args[1], new ArrayList<>(), new ArrayList<>())) {
            out.println("SEG\t" + s);
        }
    }
}
