namespace KnowledgeGraph.GraphQL.Language;

/// <summary>The kinds of lexical token; comments are skipped by the lexer and never surface as tokens.</summary>
internal enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    EqualsSign,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
    Int,
    Float,
    String,
    BlockString,
}
