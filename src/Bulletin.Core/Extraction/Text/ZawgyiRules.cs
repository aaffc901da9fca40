using System.Text.RegularExpressions;

namespace Bulletin.Core.Extraction.Text;

// The replacement table below is a port of the zg2uni rules of the Rabbit converter
// (https://github.com/Rabbit-Converter/Rabbit), kept in Rabbit's order because each rule
// assumes the ones before it have run. Changes from the original: JavaScript "$1" became "${1}"
// (Myanmar digits right after a group number would otherwise be read as part of it) and a
// JavaScript end-of-input "$" became "\z".
//
// The MIT License (MIT)
//
// Copyright (c) 2015 Rabbit-Converter
//
// Permission is hereby granted, free of charge, to any person obtaining a copy
// of this software and associated documentation files (the "Software"), to deal
// in the Software without restriction, including without limitation the rights
// to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
// copies of the Software, and to permit persons to whom the Software is
// furnished to do so, subject to the following conditions:
//
// The above copyright notice and this permission notice shall be included in all
// copies or substantial portions of the Software.
//
// THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
// IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
// FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
// AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
// LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
// OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
// SOFTWARE.

/// <summary>The ordered Zawgyi-to-Unicode rewrite rules of the Rabbit converter (MIT).</summary>
internal static class ZawgyiRules
{
    private static readonly (string From, string To)[] Table =
    [
        // Doubled marks typed to force a glyph to show.
        ("([\u102D\u102E\u103D\u102F\u1037\u1095])\\1+", "${1}"),
        ("\u200B", ""),
        ("\u103D\u103C", "\u108A"),

        // Medials: Zawgyi's ya-yit, ya-pin, wa and ha sit one code point away from Unicode's.
        ("(\u103D|\u1087)", "\u103E"),
        ("\u103C", "\u103D"),
        ("(\u103B|\u107E|\u107F|\u1080|\u1081|\u1082|\u1083|\u1084)", "\u103C"),
        ("(\u103A|\u107D)", "\u103B"),
        ("\u1039", "\u103A"),

        // Precomposed stacked consonants become virama sequences.
        ("(\u1066|\u1067)", "\u1039\u1006"),
        ("\u106A", "\u1009"),
        ("\u106B", "\u100A"),
        ("\u106C", "\u1039\u100B"),
        ("\u106D", "\u1039\u100C"),
        ("\u106E", "\u100D\u1039\u100D"),
        ("\u106F", "\u100D\u1039\u100E"),
        ("\u1070", "\u1039\u100F"),
        ("(\u1071|\u1072)", "\u1039\u1010"),
        ("\u1060", "\u1039\u1000"),
        ("\u1061", "\u1039\u1001"),
        ("\u1062", "\u1039\u1002"),
        ("\u1063", "\u1039\u1003"),
        ("\u1065", "\u1039\u1005"),
        ("\u1068", "\u1039\u1007"),
        ("\u1069", "\u1039\u1008"),
        ("(\u1073|\u1074)", "\u1039\u1011"),
        ("\u1075", "\u1039\u1012"),
        ("\u1076", "\u1039\u1013"),
        ("\u1077", "\u1039\u1014"),
        ("\u1078", "\u1039\u1015"),
        ("\u1079", "\u1039\u1016"),
        ("\u107A", "\u1039\u1017"),
        ("\u107C", "\u1039\u1019"),
        ("\u1085", "\u1039\u101C"),

        // Glyph variants of vowels and medial combinations.
        ("\u1033", "\u102F"),
        ("\u1034", "\u1030"),
        ("\u103F", "\u1030"),
        ("\u1086", "\u103F"),
        ("\u1036\u1088", "\u1088\u1036"),
        ("\u1088", "\u103E\u102F"),
        ("\u1089", "\u103E\u1030"),
        ("\u108A", "\u103D\u103E"),

        // Kinzi is written after its consonant in Zawgyi and before it in Unicode.
        ("\u103B\u1064", "\u1064\u103B"),
        ("(\u1031)?([\u1000-\u1021])\u1064", "\u1004\u103A\u1039${1}${2}"),
        ("(\u1031)?([\u1000-\u1021])(\u103B)?\u108B", "\u1004\u103A\u1039${1}${2}${3}\u102D"),
        ("(\u1031)?([\u1000-\u1021])(\u103B)?\u108C", "\u1004\u103A\u1039${1}${2}${3}\u102E"),
        ("(\u1031)?([\u1000-\u1021])\u108D", "\u1004\u103A\u1039${1}${2}\u1036"),
        ("\u108E", "\u102D\u1036"),
        ("\u108F", "\u1014"),
        ("\u1090", "\u101B"),
        ("\u1091", "\u100F\u1039\u100D"),
        ("\u1092", "\u100B\u1039\u100C"),
        ("\u1019\u102C(\u107B|\u1093)", "\u1019\u1039\u1018\u102C"),
        ("(\u107B|\u1093)", "\u1039\u1018"),
        ("(\u1094|\u1095)", "\u1037"),
        ("([\u1000-\u1021])\u1037\u1032", "${1}\u1032\u1037"),
        ("\u1096", "\u1039\u1010\u103D"),
        ("\u1097", "\u100B\u1039\u100B"),

        // Ya-yit is typed before its consonant in Zawgyi.
        ("\u103C([\u1000-\u1021])([\u1000-\u1021])?", "${1}\u103C${2}"),
        ("([\u1000-\u1021])\u103C\u103A", "\u103C${1}\u103A"),

        // Digits seven and zero typed for the look-alike letters ra and wa.
        ("\u1047(?=[\u102C-\u1030\u1032\u1036-\u1038\u103D\u1038])", "\u101B"),
        ("\u1031\u1047", "\u1031\u101B"),
        ("\u1040(\u102E|\u102F|\u102D\u102F|\u1030|\u1036|\u103D|\u103E)", "\u101D${1}"),
        ("([^\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049])\u1040\u102B", "${1}\u101D\u102B"),
        ("([\u1040\u1041\u1042\u1043\u1044\u1045\u1046\u1047\u1048\u1049])\u1040\u102B(?!\u1038)", "${1}\u101D\u102B"),
        ("^\u1040(?=\u102B)", "\u101D"),
        ("\u1040\u102D(?!\u0020?/)", "\u101D\u102D"),
        ("([^\u1040-\u1049])\u1040([^\u1040-\u1049\u0020]|[\u104A\u104B])", "${1}\u101D${2}"),
        ("([^\u1040-\u1049])\u1040(?=[\f\n\r])", "${1}\u101D"),
        ("([^\u1040-\u1049])\u1040\\z", "${1}\u101D"),

        // The e vowel is typed before its consonant in Zawgyi and stored after it (and its medials) in Unicode.
        ("\u1031([\u1000-\u1021\u103F])(\u103E)?(\u103B)?", "${1}${2}${3}\u1031"),
        ("([\u1000-\u1021])\u1031([\u103B\u103C\u103D\u103E]+)", "${1}${2}\u1031"),

        // Marks into Unicode's storage order.
        ("\u1032\u103D", "\u103D\u1032"),
        ("([\u102D\u102E])\u103B", "\u103B${1}"),
        ("\u103D\u103B", "\u103B\u103D"),
        ("\u103A\u1037", "\u1037\u103A"),
        ("\u102F(\u102D|\u102E|\u1036|\u1037)\u102F", "\u102F${1}"),
        ("(\u102F|\u1030)(\u102D|\u102E)", "${2}${1}"),
        ("(\u103E)(\u103B|\u103C)", "${2}${1}"),
        ("\u1025(?=[\u1037]?[\u103A\u102C])", "\u1009"),
        ("\u1025\u102E", "\u1026"),
        ("\u1005\u103B", "\u1008"),
        ("\u1036(\u102F|\u1030)", "${1}\u1036"),
        ("\u1031\u1037\u103E", "\u103E\u1031\u1037"),
        ("\u1031\u103E\u102C", "\u103E\u1031\u102C"),
        ("\u105A", "\u102B\u103A"),
        ("\u1031\u103B\u103E", "\u103B\u103E\u1031"),
        ("(\u102D|\u102E)(\u103D|\u103E)", "${2}${1}"),
        ("\u102C\u1039([\u1000-\u1021])", "\u1039${1}\u102C"),
        ("\u1039\u103C\u103A\u1039([\u1000-\u1021])", "\u103A\u1039${1}\u103C"),
        ("\u103C\u1039([\u1000-\u1021])", "\u1039${1}\u103C"),
        ("\u1036\u1039([\u1000-\u1021])", "\u1039${1}\u1036"),
        ("\u104E", "\u104E\u1004\u103A\u1038"),
        ("\u1040(\u102B|\u102C|\u1036)", "\u101D${1}"),
        ("\u1025\u1039", "\u1009\u1039"),
        ("([\u1000-\u1021])\u103C\u1031\u103D", "${1}\u103C\u103D\u1031"),
        ("([\u1000-\u1021])\u103B\u1031\u103D(\u103E)?", "${1}\u103B\u103D${2}\u1031"),
        ("([\u1000-\u1021])\u103D\u1031\u103B", "${1}\u103B\u103D\u1031"),
        ("([\u1000-\u1021])\u1031(\u1039[\u1000-\u1021])", "${1}${2}\u1031"),
        ("\u1038\u103A", "\u103A\u1038"),
        ("\u102D\u103A|\u103A\u102D", "\u102D"),
        ("\u102D\u102F\u103A", "\u102D\u102F"),
        ("\u0020\u1037", "\u1037"),
        ("\u1037\u1036", "\u1036\u1037"),

        // Repeated marks left over from the rewrites above.
        ("[\u102D]+", "\u102D"),
        ("[\u103A]+", "\u103A"),
        ("[\u103D]+", "\u103D"),
        ("[\u1037]+", "\u1037"),
        ("[\u102E]+", "\u102E"),
        ("\u102D\u102E|\u102E\u102D", "\u102E"),
        ("\u102F\u102D", "\u102D\u102F"),
        ("\u1037\u1037", "\u1037"),
        ("\u1032\u1032", "\u1032"),
        ("\u1044\u1004\u103A\u1038", "\u104E\u1004\u103A\u1038"),
        ("([\u102D\u102E])\u1039([\u1000-\u1021])", "\u1039${2}${1}"),
        ("(\u103C\u1031)\u1039([\u1000-\u1021])", "\u1039${2}${1}"),
        ("\u1036\u103D", "\u103D\u1036"),
    ];

    // Interpreted rather than compiled: the table runs only on the rare Zawgyi text, so start-up cost matters more.
    private static readonly (Regex From, string To)[] Rules =
        [.. Table.Select(r => (new Regex(r.From, RegexOptions.CultureInvariant), r.To))];

    /// <summary>Rewrites <paramref name="text"/> from Zawgyi to Unicode, whatever its encoding.</summary>
    public static string Apply(string text)
    {
        foreach (var (from, to) in Rules)
        {
            text = from.Replace(text, to);
        }

        return text;
    }
}
