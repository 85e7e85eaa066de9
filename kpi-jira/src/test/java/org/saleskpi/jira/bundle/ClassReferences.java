package org.saleskpi.jira.bundle;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packages a class file refers to, read from its constant pool: class entries, and the types named in
 * descriptors and signatures (fields, methods, annotations). This is what the JVM links against, so every
 * such package outside the bundle and outside java.* must be imported.
 */
final class ClassReferences {
    private static final Pattern DESCRIBED_TYPE = Pattern.compile("L([A-Za-z_$0-9]+(?:/[A-Za-z_$0-9]+)+)[;<]");

    private ClassReferences() {
    }

    /** The constant pool's UTF-8 constants (by index) and the indexes that CONSTANT_Class entries name. */
    private record Pool(Map<Integer, String> utf8, List<Integer> classNames) {
    }

    /** Every UTF-8 constant of the class file's constant pool. */
    static List<String> utf8Constants(byte[] classFile) {
        return new ArrayList<>(read(classFile).utf8().values());
    }

    private static Pool read(byte[] classFile) {
        Map<Integer, String> strings = new TreeMap<>();
        List<Integer> classNames = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.put(index, in.readUTF());
                    case 7 -> classNames.add(in.readUnsignedShort());
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        index++;
                    }
                    case 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Pool(strings, classNames);
    }

    /** The dotted packages named by the class's internal names and descriptors. */
    static Set<String> packages(byte[] classFile) {
        Pool pool = read(classFile);
        Set<String> packages = new TreeSet<>();
        for (String constant : pool.utf8().values()) {
            Matcher described = DESCRIBED_TYPE.matcher(constant);
            while (described.find()) {
                addPackage(packages, described.group(1));
            }
        }
        for (int index : pool.classNames()) {
            String name = pool.utf8().get(index);
            if (!name.startsWith("[") && name.indexOf('/') > 0) {
                addPackage(packages, name);
            }
        }
        return packages;
    }

    private static void addPackage(Set<String> packages, String internalName) {
        int slash = internalName.lastIndexOf('/');
        packages.add(internalName.substring(0, slash).replace('/', '.'));
    }
}
