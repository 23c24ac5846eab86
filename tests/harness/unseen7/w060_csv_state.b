implement CsvState;

include "sys.m";
	sys: Sys;
include "draw.m";

CsvState: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

Start, Plain, Quoted, QuoteInQuoted: con iota;
statenames := array[] of {"start", "plain", "quoted", "quote-in-quoted"};

Bad: exception(int, int);

parse(line: string): array of string raises Bad
{
	fields: list of string;
	cur := "";
	st := Start;
	for(i := 0; i < len line; i++){
		c := line[i];
		case st {
		Start or Plain =>
			case c {
			',' =>
				fields = cur :: fields;
				cur = "";
				st = Start;
			'"' =>
				if(st == Plain)
					raise Bad(i, st);
				st = Quoted;
			* =>
				cur[len cur] = c;
				st = Plain;
			}
		Quoted =>
			if(c == '"')
				st = QuoteInQuoted;
			else
				cur[len cur] = c;
		QuoteInQuoted =>
			case c {
			'"' =>
				cur[len cur] = '"';
				st = Quoted;
			',' =>
				fields = cur :: fields;
				cur = "";
				st = Start;
			* =>
				raise Bad(i, st);
			}
		}
	}
	if(st == Quoted)
		raise Bad(len line, st);
	fields = cur :: fields;
	a := array[len fields] of string;
	for(i = len a - 1; i >= 0; i--){
		a[i] = hd fields;
		fields = tl fields;
	}
	return a;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	lines := array[] of {
		"a,b,c",
		"\"quoted, comma\",2,,end",
		"\"she said \"\"hi\"\"\",x",
		"",
		"bad\"quote,1",
		"\"unterminated,2",
		"\"x\"y,3",
	};
	for(i := 0; i < len lines; i++){
		{
			f := parse(lines[i]);
			s := "";
			for(j := 0; j < len f; j++)
				s += "[" + f[j] + "]";
			sys->print("%d: %d fields %s\n", i, len f, s);
		} exception e {
		Bad =>
			(pos, st) := e;
			sys->print("%d: error at %d in state %s\n", i, pos, statenames[st]);
		}
	}
}
