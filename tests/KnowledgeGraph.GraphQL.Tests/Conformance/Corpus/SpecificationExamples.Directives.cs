namespace KnowledgeGraph.GraphQL.Tests.Conformance.Corpus;

internal static partial class SpecificationExamples
{
    // 5.7 Directives, with execution of @skip and @include.
    private static IEnumerable<ConformanceCase> Directives() =>
    [
        .. Example("5.7.1 invalid", "an undefined directive", "{ dog @unknown { name } }"),
        .. Example("5.7.1 invalid", "a misspelt directive", "{ dog { name @skpi(if: true) } }"),
        .. Example("5.7.2 invalid", "@skip on a query", "query @skip(if: $foo) {\n  dog {\n    name\n  }\n}"),
        .. Example("5.7.2 invalid", "@deprecated on a field selection", "{ dog { name @deprecated } }"),
        .. Example("5.7.2 invalid", "@include on a fragment definition", "{ dog { ...f } }\nfragment f on Dog @include(if: true) { name }"),
        .. Example("5.7.2 invalid", "@specifiedBy on a variable definition", "query q($a: Boolean @specifiedBy(url: \"x\")) { dog { isHouseTrained(atOtherHomes: $a) } }"),
        .. Example("5.7.3 invalid", "@skip twice on one field", """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              dog @skip(if: $foo) @skip(if: $bar) {
                name
              }
            }
            """),
        .. Example("5.7.3 valid", "@skip once on each of two fields", """
            query ($foo: Boolean = true, $bar: Boolean = false) {
              dog @skip(if: $foo) {
                name
              }
              dog @skip(if: $bar) {
                nickname
              }
            }
            """),
        .. Example("5.7.3 valid", "@skip and @include on one field", "{ dog @skip(if: false) @include(if: true) { name } }"),
        .. Example("5.7 execution", "@skip true and @include false", "{ dog { name @skip(if: true) nickname @include(if: false) barkVolume } }"),
        .. Example("5.7 execution", "@skip false with @include true keeps the field", "{ dog { name @skip(if: false) @include(if: true) } }"),
        .. Example("5.7 execution", "@skip true wins over @include true", "{ dog { name @skip(if: true) @include(if: true) barkVolume } }"),
        .. Example("5.7 execution", "conditions from variables", """
            query ($skipName: Boolean!, $withOwner: Boolean = false) {
              dog {
                name @skip(if: $skipName)
                owner @include(if: $withOwner) {
                  name
                }
                ... @include(if: $withOwner) {
                  nickname
                }
              }
            }
            """, """{"skipName": true, "withOwner": true}"""),
        .. Example("5.7 execution", "a condition variable left out uses its default", """
            query ($withOwner: Boolean = true) {
              dog {
                owner @include(if: $withOwner) {
                  name
                }
              }
            }
            """, "{}"),
        .. Example("5.7 execution", "a required condition variable left out", "query ($skipName: Boolean!) { dog { name @skip(if: $skipName) } }", "{}"),
        .. Example("5.7 execution", "a condition variable of the wrong type", "query ($skipName: Boolean!) { dog { name @skip(if: $skipName) } }", """{"skipName": "yes"}"""),
        .. Example("5.7 execution", "skipped fragment spreads", "{ dog { ...a @skip(if: true) ...b @include(if: true) } }\nfragment a on Dog { name }\nfragment b on Dog { nickname }"),
        .. Example("5.7 execution", "every field skipped", "{ dog @skip(if: true) { name } }"),
    ];
}
