implement Md2text;

include "sys.m";
	sys: Sys;
include "draw.m";

Md2text: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

WIDTH: con 40;

out: string;
footnotes: list of string;
nlinks := 0;
hcount := array[4] of {* => 0};

emit(s: string)
{
	out += s + "\n";
}

rule(c: int, n: int): string
{
	s := "";
	for(i := 0; i < n; i++)
		s[i] = c;
	return s;
}

# strip *emph*, **strong**, `code`; turn [text](url) into text[n]
inline(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		c := s[i];
		if(c == '*' || c == '`' || c == '_'){
			i++;
			continue;
		}
		if(c == '['){
			j := i+1;
			while(j < len s && s[j] != ']')
				j++;
			if(j+1 < len s && s[j+1] == '('){
				k := j+2;
				while(k < len s && s[k] != ')')
					k++;
				nlinks++;
				r += s[i+1:j] + "[" + string nlinks + "]";
				footnotes = sys->sprint("[%d] %s", nlinks, s[j+2:k]) :: footnotes;
				i = k+1;
				continue;
			}
		}
		r[len r] = c;
		i++;
	}
	return r;
}

fill(text: string, indent: string)
{
	(nil, words) := sys->tokenize(text, " ");
	line := indent;
	for(; words != nil; words = tl words){
		w := hd words;
		if(len line > len indent && len line + 1 + len w > WIDTH){
			emit(line);
			line = indent;
			for(i := 0; i < len indent; i++)
				line[i] = ' ';
		}
		if(len line > len indent)
			line += " ";
		line += w;
	}
	if(len line > len indent)
		emit(line);
}

heading(level: int, text: string)
{
	hcount[level]++;
	for(l := level+1; l < len hcount; l++)
		hcount[l] = 0;
	num := "";
	for(l = 1; l <= level; l++)
		num += string hcount[l] + ".";
	t := num + " " + inline(text);
	emit(t);
	if(level == 1)
		emit(rule('=', len t));
	else if(level == 2)
		emit(rule('-', len t));
}

convert(src: string)
{
	(nil, lines) := sys->tokenize(src, "\n");
	para := "";
	for(; lines != nil; lines = tl lines){
		l := hd lines;
		if(l == "."){
			if(para != nil)
				fill(inline(para), "");
			para = "";
			emit("");
			continue;
		}
		level := 0;
		if(l != nil && (l[0] == '#' || l[0] == '-' || l[0] == '*' || l[0] == '>') && para != nil){
			fill(inline(para), "");
			para = "";
		}
		while(level < len l && l[level] == '#')
			level++;
		if(level > 0 && level < 4 && level < len l && l[level] == ' '){
			heading(level, l[level+1:]);
			continue;
		}
		if(len l > 2 && (l[0:2] == "- " || l[0:2] == "* ")){
			fill(inline(l[2:]), "  • ");
			continue;
		}
		if(len l > 0 && l[0] == '>'){
			fill(inline(l[1:]), "  | ");
			continue;
		}
		if(para != nil)
			para += " ";
		para += l;
	}
	if(para != nil)
		fill(inline(para), "");
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	doc := "# Getting *started*\n" +
		"This is a **short** guide to the `emu` program, which runs Dis code on a host system.\n" +
		".\n" +
		"## Install\n" +
		"- fetch the [sources](http://example.org/src)\n" +
		"- run `mk install` and wait for a rather long while until it completes\n" +
		"> note: needs a C compiler\n" +
		"## Use\n" +
		"Type [emu](http://example.org/emu) at the prompt.\n" +
		"Then have fun.\n" +
		"# Next steps\n" +
		"### Deep _section_\n" +
		"Nothing here.\n";
	fd := sys->create("/tmp/r011.md", Sys->OWRITE, 8r644);
	sys->fprint(fd, "%s", doc);
	fd = sys->open("/tmp/r011.md", Sys->OREAD);
	buf := array[2048] of byte;
	n := sys->read(fd, buf, len buf);
	convert(string buf[0:n]);
	sys->print("%s", out);
	if(footnotes != nil){
		sys->print("\nLinks:\n");
		r: list of string;
		for(; footnotes != nil; footnotes = tl footnotes)
			r = hd footnotes :: r;
		for(; r != nil; r = tl r)
			sys->print("%s\n", hd r);
	}
}
