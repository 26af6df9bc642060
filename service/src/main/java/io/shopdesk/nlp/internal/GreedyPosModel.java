package io.shopdesk.nlp.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.postag.POSModel;

/**
 * Reads an OpenNLP part-of-speech model so that its tagger decodes greedily (beam size 1) instead of keeping the
 * three best tag sequences its manifest asks for. The tags are shown to support agents and in the analysis API, but
 * no decision reads them, and the beam was the largest single cost of an English message: three maxent evaluations
 * per token instead of one. The model package (a zip) is copied in memory with {@code BeamSize=1} in its
 * {@code manifest.properties}; {@link POSModel} is final, so the manifest is the one place the size can be set.
 * Stateless; the model it returns is immutable.
 */
final class GreedyPosModel {
    static final String MANIFEST = "manifest.properties";
    static final String BEAM_SIZE = "BeamSize";

    private GreedyPosModel() {
    }

    /** The model in {@code in}, with beam size 1. @throws IOException when it cannot be read as a model */
    static POSModel read(InputStream in) throws IOException {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        boolean sawManifest = false;
        try (ZipInputStream zip = new ZipInputStream(in); ZipOutputStream out = new ZipOutputStream(copy)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] content = zip.readAllBytes();
                if (entry.getName().equals(MANIFEST)) {
                    Properties manifest = new Properties();
                    manifest.load(new ByteArrayInputStream(content));
                    manifest.setProperty(BEAM_SIZE, "1");
                    ByteArrayOutputStream rewritten = new ByteArrayOutputStream();
                    manifest.store(rewritten, null);
                    content = rewritten.toByteArray();
                    sawManifest = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        if (!sawManifest) {
            throw new IOException("not an OpenNLP model package: no " + MANIFEST);
        }
        return new POSModel(new ByteArrayInputStream(copy.toByteArray()));
    }
}
