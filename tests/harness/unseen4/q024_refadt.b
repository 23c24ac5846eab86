implement RefAdt;

include "sys.m";
	sys: Sys;
include "draw.m";

RefAdt: module
{
	init:	fn(nil: ref Draw->Context, argv: list of string);
};

Job: adt {
	id:	int;
	input:	string;
	output:	string;
	steps:	int;
	text:	fn(j: self ref Job): string;
};

Job.text(j: self ref Job): string
{
	return sys->sprint("job %d in=%q out=%q steps=%d", j.id, j.input, j.output, j.steps);
}

upper(in, out: chan of ref Job)
{
	while((j := <-in) != nil){
		s := "";
		for(i := 0; i < len j.input; i++){
			c := j.input[i];
			if(c >= 'a' && c <= 'z')
				c += 'A' - 'a';
			s[len s] = c;
		}
		j.output = s;
		j.steps++;
		out <-= j;
	}
	out <-= nil;
}

reverse(in, out: chan of ref Job)
{
	while((j := <-in) != nil){
		s := j.output;
		r := "";
		for(i := len s - 1; i >= 0; i--)
			r[len r] = s[i];
		j.output = r;
		j.steps++;
		out <-= j;
	}
	out <-= nil;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	a := chan of ref Job;
	b := chan of ref Job;
	c := chan of ref Job;
	spawn upper(a, b);
	spawn reverse(b, c);
	words := array[] of {"limbo", "Dis vm", "styx", "", "hello, world"};
	jobs := array[len words] of ref Job;
	spawn feed(a, words, jobs);
	while((j := <-c) != nil)
		sys->print("%s\n", j.text());
	# the jobs array still refers to the same objects
	for(i := 0; i < len jobs; i++)
		sys->print("shared %d: %s\n", i, jobs[i].output);
}

feed(a: chan of ref Job, words: array of string, jobs: array of ref Job)
{
	for(i := 0; i < len words; i++){
		jobs[i] = ref Job(i, words[i], nil, 0);
		a <-= jobs[i];
	}
	a <-= nil;
}
