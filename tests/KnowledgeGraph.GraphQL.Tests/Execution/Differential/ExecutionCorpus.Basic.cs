namespace KnowledgeGraph.GraphQL.Tests.Execution.Differential;

public static partial class ExecutionCorpus
{
    private const string ScalarSdl = """
        type Query {
          int: Int
          float: Float
          string: String
          boolean: Boolean
          id: ID
          ints: [Int]
          strings: [String]
          ids: [ID]
          floats: [Float]
          booleans: [Boolean]
          object: Thing
          things: [Thing]
          color: Color
          colors: [Color]
        }

        type Thing {
          name: String
          size: Int
          inner: Thing
        }

        enum Color { RED GREEN BLUE }
        """;

    private static IEnumerable<ExecutionCase> BasicCases()
    {
        yield return new("plain scalars", ScalarSdl, "{ int float string boolean id }",
            """{"int":1,"float":1.5,"string":"s","boolean":true,"id":"x"}""");
        yield return new("int serializes numeric strings booleans and integral floats", ScalarSdl, "{ ints }",
            """{"ints":[1.0,"12"," 7 ",true,false,"0x1F","-0",1e3]}""");
        yield return new("int refuses fractions huge numbers and text", ScalarSdl, "{ ints }",
            """{"ints":[1.5,2147483648,-2147483649,"abc","",[1],{"a":1},"1.2"]}""");
        yield return new("float serializes numbers strings and booleans", ScalarSdl, "{ floats }",
            """{"floats":[1,1.25,"3.5",true,1e21,1e-7,123456789012345680000,-0.000001]}""");
        yield return new("float refuses text and objects", ScalarSdl, "{ floats }",
            """{"floats":["abc","",{"x":1},[2]]}""");
        yield return new("string serializes numbers and booleans", ScalarSdl, "{ strings }",
            """{"strings":["a",1,1.5,true,false,1e21,0.1,-5]}""");
        yield return new("string refuses objects and arrays", ScalarSdl, "{ strings }",
            """{"strings":[{"a":1},[1,2],{}]}""");
        yield return new("boolean serializes numbers", ScalarSdl, "{ booleans }",
            """{"booleans":[true,false,0,1,-2.5]}""");
        yield return new("boolean refuses text", ScalarSdl, "{ booleans }",
            """{"booleans":["true","",{"b":true}]}""");
        yield return new("id serializes strings and integers", ScalarSdl, "{ ids }",
            """{"ids":["a",1,-2,1e3]}""");
        yield return new("id refuses fractions and booleans", ScalarSdl, "{ ids }",
            """{"ids":[1.5,true,{"id":1}]}""");
        yield return new("enum serializes known names only", ScalarSdl, "{ colors color }",
            """{"colors":["RED","BLUE","PURPLE",1],"color":"GREEN"}""");
        yield return new("aliases and repeated fields merge in first-seen order", ScalarSdl,
            "{ b: string a: int string object { name } object { size name } x: object { n: name } }",
            """{"int":3,"string":"s","object":{"name":"o","size":2}}""");
        yield return new("fragments and inline fragments", ScalarSdl,
            "query { ...Top object { ... on Thing { name } ...Inner } } fragment Top on Query { int } fragment Inner on Thing { size inner { ...Inner2 } } fragment Inner2 on Thing { name }",
            """{"int":1,"object":{"name":"a","size":2,"inner":{"name":"b"}}}""");
        yield return new("skip and include with literals", ScalarSdl,
            "{ int @skip(if: true) float @include(if: false) string @include(if: true) boolean @skip(if: false) ...F @skip(if: true) ... @include(if: true) { id } } fragment F on Query { ints }",
            """{"int":1,"float":2,"string":"s","boolean":true,"id":"i","ints":[1]}""");
        yield return new("skip and include with variables", ScalarSdl,
            "query Q($yes: Boolean!, $no: Boolean = false) { int @skip(if: $yes) float @include(if: $no) string @include(if: $yes) }",
            """{"int":1,"float":2,"string":"s"}""",
            """{"yes":true}""");
        yield return new("typename everywhere", ScalarSdl, "{ __typename object { __typename t: __typename } things { __typename } }",
            """{"object":{},"things":[{},{}]}""");
        yield return new("missing values resolve to null", ScalarSdl, "{ int object { name inner { name } } things { size } }",
            """{"object":{},"things":[{}]}""");
        yield return new("an object where a leaf is expected", ScalarSdl, "{ string int }",
            """{"string":{"a":1},"int":{"valueOf":1}}""");
        yield return new("unknown operation name", ScalarSdl, "query A { int } query B { float }", """{"int":1}""", OperationName: "C");
        yield return new("several operations without a name", ScalarSdl, "query A { int } query B { float }", """{"int":1}""");
        yield return new("named operation chosen among several", ScalarSdl, "query A { int } query B { float }", """{"int":1,"float":2}""", OperationName: "B");
        yield return new("document without operations", ScalarSdl, "fragment F on Query { int }", """{"int":1}""");
        yield return new("mutation without a mutation type", ScalarSdl, "mutation { int }", """{"int":1}""");
        yield return new("mutation fields run in order", """
            type Query { a: Int }
            type Mutation { first: Int second: String third: Thing }
            type Thing { name: String! }
            """, "mutation M { second first third { name } again: first }", """{"first":1,"second":"two","third":{"name":"t"}}""");
    }
}
