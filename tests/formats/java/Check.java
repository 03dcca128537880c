// Loads a glossary file with OmegaT's own readers and prints what OmegaT saw.
//
//   java -cp OmegaT.jar Check.java tsv FILE CONFIG_DIR
//   java -cp OmegaT.jar Check.java tbx FILE CONFIG_DIR PROJECT_DIR
//
// One line per entry on stdout: ENTRY TAB source TAB target TAB comment (OmegaT
// prints progress lines of its own, which do not start with ENTRY), with backslash,
// tab and line breaks inside a field written as \\ \t \n \r.  The TBX reader
// needs a loaded project (it asks the project for its languages).

import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;

import org.omegat.core.Core;
import org.omegat.core.data.RealProject;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTBX;
import org.omegat.gui.glossary.GlossaryReaderTSV;
import org.omegat.util.ProjectFileStorage;
import org.omegat.util.RuntimePreferences;

public class Check {
    static String escape(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String kind = args[0];
        File file = new File(args[1]);
        RuntimePreferences.setConfigDir(args[2]);
        List<GlossaryEntry> entries;
        if (kind.equals("tsv")) {
            entries = GlossaryReaderTSV.read(file, false);
        } else if (kind.equals("tbx")) {
            Core.initializeConsole(new HashMap<>());
            RealProject project = new RealProject(
                    ProjectFileStorage.loadProjectProperties(new File(args[3]).getAbsoluteFile()));
            project.loadProject(true);
            Core.setProject(project);
            entries = GlossaryReaderTBX.read(file, false);
        } else {
            throw new IllegalArgumentException("kind must be tsv or tbx, not " + kind);
        }
        for (GlossaryEntry e : entries) {
            out.println("ENTRY\t" + escape(e.getSrcText()) + "\t" + escape(e.getLocText()) + "\t"
                    + escape(e.getCommentText()));
        }
        // A loaded project leaves non-daemon threads behind: end the JVM explicitly.
        System.exit(0);
    }
}
