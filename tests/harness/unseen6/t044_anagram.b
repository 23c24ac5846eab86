implement Anagram;

include "sys.m";
	sys: Sys;
include "draw.m";

Anagram: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

signature(w: string): string
{
	counts := array[26] of {* => 0};
	for(i := 0; i < len w; i++)
		if(w[i] >= 'a' && w[i] <= 'z')
			counts[w[i] - 'a']++;
	s := "";
	for(i = 0; i < 26; i++)
		for(k := 0; k < counts[i]; k++)
			s[len s] = 'a' + i;
	return s;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	words := array[] of {"listen", "silent", "enlist", "google", "inlets", "banana", "tinsel"};
	groups: list of (string, list of string);
	for(i := 0; i < len words; i++){
		sig := signature(words[i]);
		found := 0;
		ng: list of (string, list of string);
		for(g := groups; g != nil; g = tl g){
			(s, ws) := hd g;
			if(s == sig){
				ws = words[i] :: ws;
				found = 1;
			}
			ng = (s, ws) :: ng;
		}
		if(!found)
			ng = (sig, words[i] :: nil) :: ng;
		groups = ng;
	}
	for(g := groups; g != nil; g = tl g){
		(s, ws) := hd g;
		line := "";
		for(; ws != nil; ws = tl ws)
			line += " " + hd ws;
		sys->print("%s:%s (%d)\n", s, line, lenght(ws));
	}
}
