package tsparse

// Token is the kind of a lexical token. Keywords that are reserved in every
// context get their own kind; contextual keywords (type, as, async, …) are
// TIdent and the parser looks at their text.
type Token uint8

const (
	TEOF Token = iota
	TIdent
	TPrivateName // #name
	TNumber
	TBigInt
	TString
	TRegExp
	TNoSubstTemplate // `abc`
	TTemplateHead    // `abc${
	TTemplateMiddle  // }abc${
	TTemplateTail    // }abc`
	TJSXText

	// punctuation
	TOpenBrace    // {
	TCloseBrace   // }
	TOpenParen    // (
	TCloseParen   // )
	TOpenBracket  // [
	TCloseBracket // ]
	TDot          // .
	TDotDotDot    // ...
	TSemicolon    // ;
	TComma        // ,
	TLess         // <
	TGreater      // >
	TLessEq       // <=
	TGreaterEq    // >=
	TEqEq         // ==
	TNotEq        // !=
	TEqEqEq       // ===
	TNotEqEq      // !==
	TArrow        // =>
	TPlus         // +
	TMinus        // -
	TStar         // *
	TStarStar     // **
	TSlash        // /
	TPercent      // %
	TPlusPlus     // ++
	TMinusMinus   // --
	TLessLess     // <<
	TGreaterGreater
	TGreaterGreaterGreater
	TAmp         // &
	TBar         // |
	TCaret       // ^
	TBang        // !
	TTilde       // ~
	TAmpAmp      // &&
	TBarBar      // ||
	TQuestion    // ?
	TQuestionDot // ?.
	TQuestionQuestion
	TColon // :
	TAt    // @
	TEq    // =
	TPlusEq
	TMinusEq
	TStarEq
	TStarStarEq
	TSlashEq
	TPercentEq
	TLessLessEq
	TGreaterGreaterEq
	TGreaterGreaterGreaterEq
	TAmpEq
	TBarEq
	TCaretEq
	TAmpAmpEq
	TBarBarEq
	TQuestionQuestionEq
	THash // lone # (invalid except in hashbang)

	// reserved words
	TBreak
	TCase
	TCatch
	TClass
	TConst
	TContinue
	TDebugger
	TDefault
	TDelete
	TDo
	TElse
	TEnum
	TExport
	TExtends
	TFalse
	TFinally
	TFor
	TFunction
	TIf
	TImport
	TIn
	TInstanceof
	TNew
	TNull
	TReturn
	TSuper
	TSwitch
	TThis
	TThrow
	TTrue
	TTry
	TTypeof
	TVar
	TVoid
	TWhile
	TWith

	tokenCount
)

var tokenText = [tokenCount]string{
	TEOF: "end of file", TIdent: "identifier", TPrivateName: "private name", TNumber: "number",
	TBigInt: "bigint", TString: "string", TRegExp: "regular expression",
	TNoSubstTemplate: "template literal", TTemplateHead: "template literal",
	TTemplateMiddle: "template literal", TTemplateTail: "template literal", TJSXText: "JSX text",
	TOpenBrace: "{", TCloseBrace: "}", TOpenParen: "(", TCloseParen: ")", TOpenBracket: "[",
	TCloseBracket: "]", TDot: ".", TDotDotDot: "...", TSemicolon: ";", TComma: ",", TLess: "<",
	TGreater: ">", TLessEq: "<=", TGreaterEq: ">=", TEqEq: "==", TNotEq: "!=", TEqEqEq: "===",
	TNotEqEq: "!==", TArrow: "=>", TPlus: "+", TMinus: "-", TStar: "*", TStarStar: "**",
	TSlash: "/", TPercent: "%", TPlusPlus: "++", TMinusMinus: "--", TLessLess: "<<",
	TGreaterGreater: ">>", TGreaterGreaterGreater: ">>>", TAmp: "&", TBar: "|", TCaret: "^",
	TBang: "!", TTilde: "~", TAmpAmp: "&&", TBarBar: "||", TQuestion: "?", TQuestionDot: "?.",
	TQuestionQuestion: "??", TColon: ":", TAt: "@", TEq: "=", TPlusEq: "+=", TMinusEq: "-=",
	TStarEq: "*=", TStarStarEq: "**=", TSlashEq: "/=", TPercentEq: "%=", TLessLessEq: "<<=",
	TGreaterGreaterEq: ">>=", TGreaterGreaterGreaterEq: ">>>=", TAmpEq: "&=", TBarEq: "|=",
	TCaretEq: "^=", TAmpAmpEq: "&&=", TBarBarEq: "||=", TQuestionQuestionEq: "??=", THash: "#",
	TBreak: "break", TCase: "case", TCatch: "catch", TClass: "class", TConst: "const",
	TContinue: "continue", TDebugger: "debugger", TDefault: "default", TDelete: "delete",
	TDo: "do", TElse: "else", TEnum: "enum", TExport: "export", TExtends: "extends",
	TFalse: "false", TFinally: "finally", TFor: "for", TFunction: "function", TIf: "if",
	TImport: "import", TIn: "in", TInstanceof: "instanceof", TNew: "new", TNull: "null",
	TReturn: "return", TSuper: "super", TSwitch: "switch", TThis: "this", TThrow: "throw",
	TTrue: "true", TTry: "try", TTypeof: "typeof", TVar: "var", TVoid: "void", TWhile: "while",
	TWith: "with",
}

// String is the token's spelling (punctuation, keywords) or a description.
func (t Token) String() string {
	if t < tokenCount {
		return tokenText[t]
	}
	return "?"
}

// IsKeyword reports whether t is a reserved word (these may still be property names).
func (t Token) IsKeyword() bool { return t >= TBreak && t < tokenCount }

// IsAssign reports whether t is `=` or a compound assignment operator.
func (t Token) IsAssign() bool { return t >= TEq && t <= TQuestionQuestionEq }
