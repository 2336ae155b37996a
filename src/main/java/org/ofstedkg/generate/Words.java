package org.ofstedkg.generate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small pieces of wording the writers share: grade words, dates, people, filled-in placeholders. */
final class Words {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

    private static final List<String> WOMEN = List.of("Alison", "Angela", "Anne", "Carol", "Catherine", "Claire",
            "Deborah", "Elaine", "Fiona", "Gillian", "Helen", "Jane", "Janet", "Julia", "Karen", "Linda", "Margaret",
            "Nicola", "Pauline", "Rachel", "Ruth", "Sarah", "Susan", "Teresa", "Wendy");
    private static final List<String> MEN = List.of("Andrew", "Anthony", "Brian", "Christopher", "Colin", "David",
            "Graham", "Ian", "James", "John", "Keith", "Kevin", "Malcolm", "Mark", "Martin", "Michael", "Nigel", "Paul",
            "Peter", "Richard", "Robert", "Simon", "Stephen", "Steven", "Tony");
    private static final List<String> SURNAMES = List.of("Ashworth", "Bailey", "Barker", "Bennett", "Bradshaw",
            "Carter", "Chapman", "Clarke", "Dawson", "Dillon", "Edwards", "Fletcher", "Gardner", "Greenhalgh", "Hargreaves",
            "Harrison", "Holden", "Hughes", "Jennings", "Kaur", "Lawrence", "Lund", "Marsden", "Morgan", "Morris",
            "Nolan", "O'Connor", "Osborne", "Parkinson", "Patel", "Pearson", "Rahman", "Reynolds", "Shaw", "Sutcliffe",
            "Thornton", "Turner", "Wainwright", "Walsh", "Whitehead", "Wilkinson", "Winstanley");

    private Words() {
    }

    /** The word of a grade on the judgement scale. */
    static String grade(int grade) {
        return switch (grade) {
            case 4 -> "outstanding";
            case 3 -> "good";
            case 2 -> "adequate";
            default -> "inadequate";
        };
    }

    /** "a good", "an adequate". */
    static String withArticle(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    /** The letter's "performs ..." word of a rating. */
    static String performs(int rating) {
        return switch (rating) {
            case 4 -> "excellently";
            case 3 -> "well";
            case 2 -> "adequately";
            default -> "poorly";
        };
    }

    /** "9 December 2009". */
    static String date(LocalDate d) {
        return DATE.format(d);
    }

    /** A grade near another: the same more often than not, one step either way otherwise. */
    static int near(int grade, SplittableRandom random) {
        int r = random.nextInt(10);
        int g = r < 2 ? grade - 1 : r < 4 ? grade + 1 : grade;
        return Math.max(1, Math.min(4, g));
    }

    /** An index drawn with the given weights. */
    static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static <T> T any(List<T> list, SplittableRandom random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A person: title, first name and surname ("Mrs Helen Clarke"). */
    record Person(String title, String first, String last) {
        String full() {
            return title + " " + first + " " + last;
        }

        String plain() {
            return first + " " + last;
        }

        String salutation() {
            return title + " " + last;
        }
    }

    static Person person(SplittableRandom random) {
        boolean woman = random.nextBoolean();
        String title = woman ? any(List.of("Mrs", "Ms", "Ms", "Miss", "Dr"), random) : any(List.of("Mr", "Mr", "Mr", "Dr"), random);
        return new Person(title, any(woman ? WOMEN : MEN, random), any(SURNAMES, random));
    }

    /** The first letter in lower case ("However, the ..."). */
    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A template with its placeholders filled in (see phrases.txt); unknown ones are a broken build. */
    static String fill(String template, String place, int year, SplittableRandom random) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        int low = 30 + random.nextInt(35);
        int high = low + 5 + random.nextInt(95 - low - 4);
        int count = 20 + random.nextInt(180);
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "place" -> place;
                case "year" -> Integer.toString(year);
                case "prevYear" -> Integer.toString(year - 1);
                case "pastYear" -> Integer.toString(year - 2);
                case "low" -> Integer.toString(low);
                case "high" -> Integer.toString(high);
                case "pct" -> Integer.toString(25 + random.nextInt(70));
                case "count" -> Integer.toString(count);
                case "count2" -> Integer.toString(count + 10 + random.nextInt(150));
                default -> throw new IllegalStateException("unknown placeholder " + m.group() + " in: " + template);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
