implement Quoting;

include "sys.m";
	sys: Sys;
include "draw.m";

Quoting: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

cmdlines := array[] of {
	"echo hello world",
	"grep 'two words' file.txt",
	"ls -l '' 'it''s' done",
	"  leading   and   trailing   ",
	"mixed'quoted'part plain",
	"tab\there=yes 'unterminated",
};

# split a line rc/sh style: single quotes group, '' inside quotes is a quote
split(s: string): (list of string, string)
{
	words: list of string;
	i := 0;
	for(;;){
		while(i < len s && (s[i] == ' ' || s[i] == '\t'))
			i++;
		if(i >= len s)
			break;
		w := "";
		while(i < len s && s[i] != ' ' && s[i] != '\t'){
			if(s[i] == '\''){
				i++;
				for(;;){
					if(i >= len s)
						return (nil, "unterminated quote");
					if(s[i] == '\''){
						if(i+1 < len s && s[i+1] == '\''){
							w[len w] = '\'';
							i += 2;
							continue;
						}
						i++;
						break;
					}
					w[len w] = s[i++];
				}
			}else
				w[len w] = s[i++];
		}
		words = w :: words;
	}
	r: list of string;
	for(; words != nil; words = tl words)
		r = hd words :: r;
	return (r, nil);
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;

	for(i := 0; i < len cmdlines; i++){
		line := cmdlines[i];
		sys->print("line %d: %q\n", i, line);
		(words, err) := split(line);
		if(err != nil){
			sys->fprint(sys->fildes(2), "line %d: error: %s\n", i, err);
			continue;
		}
		n := 0;
		rebuilt := "";
		for(w := words; w != nil; w = tl w){
			sys->print("\targ%d = [%s] %%q=%q %%#q=%#q\n", n++, hd w, hd w, hd w);
			if(rebuilt != "")
				rebuilt += " ";
			rebuilt += sys->sprint("%q", hd w);
		}
		(again, nil) := split(rebuilt);
		ok := len again == len words;
		for(a := again; ok && a != nil; a = tl a){
			if(hd a != hd words)
				ok = 0;
			words = tl words;
		}
		sys->print("\trebuilt: %s (round trip %s)\n", rebuilt, yesno(ok));
	}

	# tokenize with several delimiter sets
	sys->print("\ntokenize:\n");
	tests := array[] of {
		("a,b,,c,", ","),
		("  x  y\tz ", " \t"),
		("key=val;k2=v2", "=;"),
		("::::", ":"),
	};
	for(i = 0; i < len tests; i++){
		(s, delim) := tests[i];
		(n, toks) := sys->tokenize(s, delim);
		sys->print("%-16q by %-6q -> %d:", s, delim, n);
		for(; toks != nil; toks = tl toks)
			sys->print(" <%s>", hd toks);
		sys->print("\n");
	}
}

yesno(b: int): string
{
	if(b)
		return "ok";
	return "FAILED";
}
