implement FanIn;

include "sys.m";
	sys: Sys;
include "draw.m";

FanIn: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

source(name: string, n, step: int, out: chan of string)
{
	for(i := 0; i < n; i++)
		out <-= sys->sprint("%s:%03d", name, i*step);
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of string;
	b := chan of string;
	c := chan[2] of string;
	spawn source("a", 4, 1, a);
	spawn source("b", 3, 10, b);
	spawn source("c", 5, 100, c);
	live := 3;
	got: list of string;
	perchan := array[3] of {* => 0};
	while(live > 0){
		s: string;
		k := 0;
		alt {
		s = <-a =>
			k = 0;
		s = <-b =>
			k = 1;
		s = <-c =>
			k = 2;
		}
		if(s == nil){
			live--;
			continue;
		}
		perchan[k]++;
		got = s :: got;
	}
	sys->print("a=%d b=%d c=%d\n", perchan[0], perchan[1], perchan[2]);
	arr := array[len got] of string;
	for(i := len arr - 1; i >= 0; i--){
		arr[i] = hd got;
		got = tl got;
	}
	# per-source order must have been preserved; check, then print sorted
	last := array[3] of {* => -1};
	inorder := 1;
	for(i = 0; i < len arr; i++){
		k := arr[i][0] - 'a';
		v := int arr[i][2:];
		if(v <= last[k])
			inorder = 0;
		last[k] = v;
	}
	sys->print("per-source order kept: %d\n", inorder);
	for(i = 1; i < len arr; i++)
		for(j := i; j > 0 && arr[j] < arr[j-1]; j--)
			(arr[j], arr[j-1]) = (arr[j-1], arr[j]);
	for(i = 0; i < len arr; i++)
		sys->print("%s\n", arr[i]);
}
