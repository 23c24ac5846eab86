implement StringOob;

include "sys.m";
	sys: Sys;
include "draw.m";

StringOob: module
{
	init: fn(ctxt: ref Draw->Context, argv: list of string);
};

# run-length encoding and decoding
rle(s: string): string
{
	r := "";
	i := 0;
	while(i < len s){
		c := s[i];
		j := i;
		while(j < len s && s[j] == c)
			j++;
		if(j - i > 1)
			r += string (j - i);
		r[len r] = c;
		i = j;
	}
	return r;
}

unrle(s: string): string
{
	r := "";
	n := 0;
	for(i := 0; i < len s; i++){
		c := s[i];
		if(c >= '0' && c <= '9'){
			n = n*10 + c - '0';
			continue;
		}
		if(n == 0)
			n = 1;
		for(; n > 0; n--)
			r[len r] = c;
	}
	return r;
}

# buggy: assumes every count is followed by a rune
lastrun(s: string): int
{
	j := -1;
	for(i := 0; i < len s; i++)
		if(s[i] >= '0' && s[i] <= '9')
			j = i;
	return s[j+1];
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	tests := array[] of {"aaabccdddd", "abc", "", "zzzzzzzzzzzz", "ééé€€x", "aabbaa"};
	for(i := 0; i < len tests; i++){
		e := rle(tests[i]);
		d := unrle(e);
		ok := "ok";
		if(d != tests[i])
			ok = "MISMATCH";
		sys->print("%-14s -> %-10s -> %s %s\n", tests[i], e, d, ok);
	}
	sys->print("lastrun %c\n", lastrun("3a2b"));
	sys->fprint(sys->fildes(2), "checking truncated encoding\n");
	sys->print("lastrun %c\n", lastrun("3a12"));
	sys->print("not reached\n");
}
