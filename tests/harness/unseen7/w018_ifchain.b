implement IfChain;

include "sys.m";
	sys: Sys;
include "draw.m";

IfChain: module
{
	init: fn(nil: ref Draw->Context, argv: list of string);
};

grade(score: int): string
{
	if(score < 0 || score > 100)
		return "invalid";
	else if(score >= 90)
		return "A";
	else if(score >= 80)
		return "B";
	else if(score >= 70)
		return "C";
	else if(score >= 60)
		return "D";
	else
		return "F";
}

classify(x, y: int): string
{
	if(x == 0){
		if(y == 0)
			return "origin";
		return "y-axis";
	}
	if(y == 0)
		return "x-axis";
	if(x > 0){
		if(y > 0)
			return "Q1";
		else
			return "Q4";
	}else{
		if(y > 0)
			return "Q2";
	}
	return "Q3";
}

leap(y: int): int
{
	if(y % 400 == 0)
		return 1;
	else if(y % 100 == 0)
		return 0;
	else if(y % 4 == 0)
		return 1;
	return 0;
}

init(nil: ref Draw->Context, nil: list of string)
{
	sys = load Sys Sys->PATH;
	scores := array[] of {95, 80, 79, 65, 12, 101, -3, 90};
	for(i := 0; i < len scores; i++)
		sys->print("%4d -> %s\n", scores[i], grade(scores[i]));
	pts := array[] of {(0,0), (0,5), (3,0), (1,1), (-1,1), (-1,-1), (1,-1)};
	for(i = 0; i < len pts; i++){
		(x, y) := pts[i];
		sys->print("(%d,%d) %s\n", x, y, classify(x, y));
	}
	years := array[] of {1900, 2000, 2023, 2024};
	for(i = 0; i < len years; i++)
		sys->print("%d leap=%d\n", years[i], leap(years[i]));
}
